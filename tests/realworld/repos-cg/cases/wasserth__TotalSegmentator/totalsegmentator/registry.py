stub: upstream file of 4920 bytes
