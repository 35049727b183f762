stub: upstream file of 19756 bytes
