stub: upstream file of 30731 bytes
