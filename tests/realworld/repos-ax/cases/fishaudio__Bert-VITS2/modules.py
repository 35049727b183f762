stub: upstream file of 19004 bytes
