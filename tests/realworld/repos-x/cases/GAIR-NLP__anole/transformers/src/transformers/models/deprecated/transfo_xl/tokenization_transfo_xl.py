stub: upstream file of 31971 bytes
