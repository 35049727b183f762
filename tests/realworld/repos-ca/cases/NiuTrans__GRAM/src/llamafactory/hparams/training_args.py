stub: upstream file of 3299 bytes
