stub: upstream file of 68007 bytes
