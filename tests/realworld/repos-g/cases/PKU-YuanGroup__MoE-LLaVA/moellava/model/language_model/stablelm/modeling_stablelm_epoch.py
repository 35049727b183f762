stub: upstream file of 38196 bytes
