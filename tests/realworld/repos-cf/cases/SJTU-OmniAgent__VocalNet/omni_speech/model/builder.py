stub: upstream file of 5402 bytes
