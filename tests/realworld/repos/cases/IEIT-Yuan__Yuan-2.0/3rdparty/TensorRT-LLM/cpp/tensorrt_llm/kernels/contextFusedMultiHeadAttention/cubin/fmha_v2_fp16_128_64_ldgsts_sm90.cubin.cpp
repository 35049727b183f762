stub: upstream file of 948714 bytes
