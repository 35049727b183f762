stub: upstream file of 17658 bytes
