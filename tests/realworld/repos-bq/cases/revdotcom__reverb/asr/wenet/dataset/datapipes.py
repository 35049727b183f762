stub: upstream file of 31741 bytes
