stub: upstream file of 22836 bytes
