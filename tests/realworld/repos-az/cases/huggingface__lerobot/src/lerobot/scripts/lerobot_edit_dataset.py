stub: upstream file of 32920 bytes
