stub: upstream file of 27848 bytes
