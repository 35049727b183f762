stub: upstream file of 18836 bytes
