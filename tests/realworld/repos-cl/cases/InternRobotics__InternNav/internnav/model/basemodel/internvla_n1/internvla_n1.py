stub: upstream file of 21130 bytes
