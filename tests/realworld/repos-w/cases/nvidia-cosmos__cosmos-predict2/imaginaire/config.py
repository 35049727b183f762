stub: upstream file of 14027 bytes
