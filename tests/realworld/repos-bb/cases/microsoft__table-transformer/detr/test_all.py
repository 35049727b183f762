stub: upstream file of 7359 bytes
