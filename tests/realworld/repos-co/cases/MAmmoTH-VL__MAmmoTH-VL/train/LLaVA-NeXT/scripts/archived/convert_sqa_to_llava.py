stub: upstream file of 3049 bytes
