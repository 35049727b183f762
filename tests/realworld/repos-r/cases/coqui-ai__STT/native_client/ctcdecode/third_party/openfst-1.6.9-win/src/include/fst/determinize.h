stub: upstream file of 40434 bytes
