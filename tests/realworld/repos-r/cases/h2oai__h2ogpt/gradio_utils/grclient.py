stub: upstream file of 81501 bytes
