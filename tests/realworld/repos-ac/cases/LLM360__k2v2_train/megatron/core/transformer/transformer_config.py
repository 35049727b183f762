stub: upstream file of 43322 bytes
