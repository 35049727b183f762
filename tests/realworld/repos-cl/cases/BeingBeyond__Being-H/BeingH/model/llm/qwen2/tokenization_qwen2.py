stub: upstream file of 13375 bytes
