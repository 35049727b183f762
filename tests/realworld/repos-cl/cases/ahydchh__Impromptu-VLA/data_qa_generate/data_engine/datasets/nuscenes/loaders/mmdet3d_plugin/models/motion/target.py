stub: upstream file of 3363 bytes
