stub: upstream file of 10402 bytes
