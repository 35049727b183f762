stub: upstream file of 26307 bytes
