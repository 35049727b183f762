stub: upstream file of 26537 bytes
