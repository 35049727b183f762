stub: upstream file of 16464 bytes
