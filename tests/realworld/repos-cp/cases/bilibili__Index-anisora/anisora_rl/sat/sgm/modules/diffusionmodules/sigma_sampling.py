stub: upstream file of 2836 bytes
