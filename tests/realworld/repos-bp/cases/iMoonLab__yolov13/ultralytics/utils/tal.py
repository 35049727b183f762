stub: upstream file of 18498 bytes
