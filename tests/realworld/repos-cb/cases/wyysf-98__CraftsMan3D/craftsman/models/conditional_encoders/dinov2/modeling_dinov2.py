stub: upstream file of 36406 bytes
