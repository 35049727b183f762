stub: upstream file of 4402 bytes
