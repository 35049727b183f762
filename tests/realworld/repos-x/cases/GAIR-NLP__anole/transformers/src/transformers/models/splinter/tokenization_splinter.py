stub: upstream file of 20920 bytes
