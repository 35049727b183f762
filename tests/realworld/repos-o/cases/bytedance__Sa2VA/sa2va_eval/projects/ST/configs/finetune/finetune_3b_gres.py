stub: upstream file of 18275 bytes
