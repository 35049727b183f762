stub: upstream file of 2973 bytes
