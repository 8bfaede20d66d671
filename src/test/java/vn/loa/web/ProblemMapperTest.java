package vn.loa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.LoaException;
import vn.loa.error.NotFoundException;

class ProblemMapperTest {

    /** A subclass the table does not name: the status comes from its parent. */
    static class UnknownLanguage extends InvalidInputException {
        UnknownLanguage() {
            super("x", "y");
        }
    }

    static class Unmapped extends LoaException {
        Unmapped() {
            super("x", "y");
        }
    }

    @Test
    void statusOf_walksUpTheHierarchy() {
        assertEquals(Status.BAD_REQUEST, ProblemMapper.statusOf(UnknownLanguage.class));
        assertEquals(Status.NOT_FOUND, ProblemMapper.statusOf(NotFoundException.class));
        assertEquals(Status.CONFLICT, ProblemMapper.statusOf(ConflictException.class));
    }

    @Test
    void statusOf_unmappedDomainError_is500() {
        assertEquals(Status.INTERNAL_SERVER_ERROR, ProblemMapper.statusOf(Unmapped.class));
    }
}
