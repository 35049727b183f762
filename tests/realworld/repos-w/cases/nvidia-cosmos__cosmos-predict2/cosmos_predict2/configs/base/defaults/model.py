stub: upstream file of 13398 bytes
