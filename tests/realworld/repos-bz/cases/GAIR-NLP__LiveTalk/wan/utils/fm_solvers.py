stub: upstream file of 40232 bytes
