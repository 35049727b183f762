stub: upstream file of 23505 bytes
