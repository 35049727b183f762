stub: upstream file of 58305 bytes
