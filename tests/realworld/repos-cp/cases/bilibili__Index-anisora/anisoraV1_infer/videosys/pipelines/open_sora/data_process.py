stub: upstream file of 22714 bytes
