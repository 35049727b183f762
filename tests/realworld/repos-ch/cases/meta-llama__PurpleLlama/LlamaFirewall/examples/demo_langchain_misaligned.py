stub: upstream file of 6658 bytes
