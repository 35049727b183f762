stub: upstream file of 13173 bytes
