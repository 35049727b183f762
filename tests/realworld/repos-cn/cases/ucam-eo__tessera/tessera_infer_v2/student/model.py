stub: upstream file of 11145 bytes
