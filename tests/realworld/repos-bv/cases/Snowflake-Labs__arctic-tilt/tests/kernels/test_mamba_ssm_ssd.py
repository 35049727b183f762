stub: upstream file of 11634 bytes
