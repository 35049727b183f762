stub: upstream file of 6402 bytes
