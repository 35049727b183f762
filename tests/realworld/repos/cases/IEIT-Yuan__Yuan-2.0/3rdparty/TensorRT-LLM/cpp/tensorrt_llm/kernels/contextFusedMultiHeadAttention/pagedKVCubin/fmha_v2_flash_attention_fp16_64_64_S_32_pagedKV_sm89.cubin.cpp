stub: upstream file of 378920 bytes
