stub: upstream file of 13114 bytes
