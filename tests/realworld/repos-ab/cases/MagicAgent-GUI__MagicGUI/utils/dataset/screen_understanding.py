stub: upstream file of 51658 bytes
