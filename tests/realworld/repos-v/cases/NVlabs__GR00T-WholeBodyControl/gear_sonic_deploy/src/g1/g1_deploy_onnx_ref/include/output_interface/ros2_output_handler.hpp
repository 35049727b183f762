stub: upstream file of 22824 bytes
