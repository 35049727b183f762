stub: upstream file of 2531 bytes
