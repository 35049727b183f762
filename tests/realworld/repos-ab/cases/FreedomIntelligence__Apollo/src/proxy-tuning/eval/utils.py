stub: upstream file of 16029 bytes
