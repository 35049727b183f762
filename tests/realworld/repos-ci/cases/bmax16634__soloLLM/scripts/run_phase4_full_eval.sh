stub: upstream file of 5658 bytes
