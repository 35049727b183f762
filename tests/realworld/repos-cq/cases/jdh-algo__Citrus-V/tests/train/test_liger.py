stub: upstream file of 1402 bytes
