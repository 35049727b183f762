stub: upstream file of 25260 bytes
