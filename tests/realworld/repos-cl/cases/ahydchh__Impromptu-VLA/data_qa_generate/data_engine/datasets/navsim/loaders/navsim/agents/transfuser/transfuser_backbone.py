stub: upstream file of 20067 bytes
