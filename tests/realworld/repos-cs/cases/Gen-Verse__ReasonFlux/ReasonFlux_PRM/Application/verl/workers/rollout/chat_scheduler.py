stub: upstream file of 18738 bytes
