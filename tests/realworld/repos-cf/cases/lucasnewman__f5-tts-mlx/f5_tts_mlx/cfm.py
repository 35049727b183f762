stub: upstream file of 15263 bytes
