stub: upstream file of 10836 bytes
