stub: upstream file of 9531 bytes
