stub: upstream file of 8658 bytes
