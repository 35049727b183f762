stub: upstream file of 25402 bytes
