stub: upstream file of 9919 bytes
