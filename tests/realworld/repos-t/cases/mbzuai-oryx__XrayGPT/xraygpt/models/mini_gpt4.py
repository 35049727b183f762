stub: upstream file of 15414 bytes
