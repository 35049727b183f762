stub: upstream file of 29360 bytes
