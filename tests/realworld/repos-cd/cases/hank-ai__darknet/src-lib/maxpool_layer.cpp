stub: upstream file of 11524 bytes
