stub: upstream file of 1558 bytes
