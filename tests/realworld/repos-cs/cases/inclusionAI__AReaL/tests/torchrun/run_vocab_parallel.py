stub: upstream file of 15173 bytes
