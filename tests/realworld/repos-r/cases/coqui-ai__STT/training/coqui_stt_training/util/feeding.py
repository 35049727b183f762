stub: upstream file of 9021 bytes
