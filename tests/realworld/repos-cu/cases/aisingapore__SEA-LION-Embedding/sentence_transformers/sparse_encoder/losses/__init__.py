stub: upstream file of 920 bytes
