stub: upstream file of 19604 bytes
