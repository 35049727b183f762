stub: upstream file of 7959 bytes
