stub: upstream file of 21527 bytes
