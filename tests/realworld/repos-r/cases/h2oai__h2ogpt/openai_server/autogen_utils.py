stub: upstream file of 56907 bytes
