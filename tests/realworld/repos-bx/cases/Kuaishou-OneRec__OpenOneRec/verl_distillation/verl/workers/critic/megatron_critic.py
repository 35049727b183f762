stub: upstream file of 14212 bytes
