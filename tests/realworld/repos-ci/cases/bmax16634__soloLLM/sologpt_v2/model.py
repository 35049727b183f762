stub: upstream file of 14531 bytes
