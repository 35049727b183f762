stub: upstream file of 38280 bytes
