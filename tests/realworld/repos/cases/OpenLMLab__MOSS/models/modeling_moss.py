stub: upstream file of 31351 bytes
