stub: upstream file of 2731 bytes
