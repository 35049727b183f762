stub: upstream file of 20280 bytes
