stub: upstream file of 26029 bytes
