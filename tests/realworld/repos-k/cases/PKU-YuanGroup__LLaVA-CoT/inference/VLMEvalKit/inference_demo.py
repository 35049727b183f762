stub: upstream file of 27836 bytes
