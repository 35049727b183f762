stub: upstream file of 15280 bytes
