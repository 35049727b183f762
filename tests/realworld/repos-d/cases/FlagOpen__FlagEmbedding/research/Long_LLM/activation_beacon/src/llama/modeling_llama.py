stub: upstream file of 67039 bytes
