stub: upstream file of 3827 bytes
