stub: upstream file of 20409 bytes
