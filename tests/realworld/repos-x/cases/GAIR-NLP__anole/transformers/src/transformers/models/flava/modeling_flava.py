stub: upstream file of 96530 bytes
