stub: upstream file of 12232 bytes
