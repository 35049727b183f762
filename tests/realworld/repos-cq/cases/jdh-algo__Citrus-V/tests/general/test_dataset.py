stub: upstream file of 3037 bytes
