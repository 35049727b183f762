stub: upstream file of 40934 bytes
