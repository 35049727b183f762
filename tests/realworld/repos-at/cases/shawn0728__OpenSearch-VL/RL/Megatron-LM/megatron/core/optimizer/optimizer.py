stub: upstream file of 55017 bytes
