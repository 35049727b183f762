stub: upstream file of 23937 bytes
