stub: upstream file of 30015 bytes
