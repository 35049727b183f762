stub: upstream file of 32604 bytes
