stub: upstream file of 1920 bytes
