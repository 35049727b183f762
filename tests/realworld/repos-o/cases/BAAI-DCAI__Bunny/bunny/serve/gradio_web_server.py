stub: upstream file of 19800 bytes
