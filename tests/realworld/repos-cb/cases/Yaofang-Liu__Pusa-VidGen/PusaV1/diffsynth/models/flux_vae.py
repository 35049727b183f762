stub: upstream file of 19658 bytes
