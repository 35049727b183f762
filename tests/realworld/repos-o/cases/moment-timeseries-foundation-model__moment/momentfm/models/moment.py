stub: upstream file of 23999 bytes
