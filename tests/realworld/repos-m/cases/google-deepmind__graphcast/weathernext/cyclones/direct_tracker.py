stub: upstream file of 77029 bytes
