stub: upstream file of 791 bytes
