stub: upstream file of 67266 bytes
