stub: upstream file of 22067 bytes
