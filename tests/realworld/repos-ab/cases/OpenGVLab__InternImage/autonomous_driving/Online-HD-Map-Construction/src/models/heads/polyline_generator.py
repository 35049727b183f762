stub: upstream file of 19727 bytes
