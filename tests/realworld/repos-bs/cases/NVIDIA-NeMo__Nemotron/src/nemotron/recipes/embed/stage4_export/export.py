stub: upstream file of 19114 bytes
