stub: upstream file of 50198 bytes
