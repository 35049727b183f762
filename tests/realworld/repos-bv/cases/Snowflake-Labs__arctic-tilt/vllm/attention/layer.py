stub: upstream file of 16658 bytes
