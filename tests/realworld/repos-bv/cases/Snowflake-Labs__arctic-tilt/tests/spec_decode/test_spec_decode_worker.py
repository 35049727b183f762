stub: upstream file of 40920 bytes
