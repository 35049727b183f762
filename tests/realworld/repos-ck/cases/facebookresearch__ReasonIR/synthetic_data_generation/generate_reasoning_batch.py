stub: upstream file of 6434 bytes
