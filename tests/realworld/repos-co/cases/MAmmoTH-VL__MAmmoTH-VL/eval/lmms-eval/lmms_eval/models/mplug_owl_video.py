stub: upstream file of 8564 bytes
