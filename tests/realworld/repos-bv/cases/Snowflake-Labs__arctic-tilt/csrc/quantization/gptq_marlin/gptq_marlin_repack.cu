stub: upstream file of 11409 bytes
