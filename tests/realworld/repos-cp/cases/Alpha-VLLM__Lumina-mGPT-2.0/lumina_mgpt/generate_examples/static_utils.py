stub: upstream file of 19123 bytes
