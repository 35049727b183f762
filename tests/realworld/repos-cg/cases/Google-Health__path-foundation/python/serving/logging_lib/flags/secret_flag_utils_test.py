stub: upstream file of 13986 bytes
