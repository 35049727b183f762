stub: upstream file of 6791 bytes
