stub: upstream file of 29627 bytes
