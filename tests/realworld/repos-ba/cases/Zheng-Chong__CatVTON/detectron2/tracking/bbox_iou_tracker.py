stub: upstream file of 11858 bytes
