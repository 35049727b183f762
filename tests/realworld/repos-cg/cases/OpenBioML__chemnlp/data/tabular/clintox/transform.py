stub: upstream file of 11334 bytes
