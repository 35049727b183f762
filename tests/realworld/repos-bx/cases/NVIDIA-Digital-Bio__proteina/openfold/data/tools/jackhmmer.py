stub: upstream file of 8402 bytes
