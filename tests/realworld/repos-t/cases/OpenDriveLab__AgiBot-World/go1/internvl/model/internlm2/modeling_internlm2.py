stub: upstream file of 60920 bytes
