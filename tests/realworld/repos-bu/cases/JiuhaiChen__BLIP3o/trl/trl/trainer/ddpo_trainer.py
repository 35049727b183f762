stub: upstream file of 28731 bytes
