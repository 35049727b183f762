stub: upstream file of 25543 bytes
