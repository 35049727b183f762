stub: upstream file of 824 bytes
