stub: upstream file of 51718 bytes
