stub: upstream file of 13090 bytes
