stub: upstream file of 30402 bytes
