stub: upstream file of 19605 bytes
