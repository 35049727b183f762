stub: upstream file of 3492 bytes
