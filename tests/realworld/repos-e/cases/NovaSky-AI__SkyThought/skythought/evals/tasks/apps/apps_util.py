stub: upstream file of 25725 bytes
