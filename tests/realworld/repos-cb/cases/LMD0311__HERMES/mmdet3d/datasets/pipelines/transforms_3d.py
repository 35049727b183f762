stub: upstream file of 56277 bytes
