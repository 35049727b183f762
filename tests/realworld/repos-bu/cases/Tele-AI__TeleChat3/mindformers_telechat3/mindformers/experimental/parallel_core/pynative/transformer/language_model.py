stub: upstream file of 33813 bytes
