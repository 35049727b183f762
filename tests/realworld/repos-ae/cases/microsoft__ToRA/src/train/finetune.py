stub: upstream file of 27263 bytes
