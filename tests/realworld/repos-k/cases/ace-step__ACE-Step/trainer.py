stub: upstream file of 33582 bytes
