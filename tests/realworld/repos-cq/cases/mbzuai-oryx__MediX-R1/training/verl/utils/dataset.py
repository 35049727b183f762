stub: upstream file of 12280 bytes
