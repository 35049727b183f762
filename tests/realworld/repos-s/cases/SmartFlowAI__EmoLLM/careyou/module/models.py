stub: upstream file of 32319 bytes
