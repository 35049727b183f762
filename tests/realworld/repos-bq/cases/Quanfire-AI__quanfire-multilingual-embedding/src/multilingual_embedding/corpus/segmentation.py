stub: upstream file of 11758 bytes
