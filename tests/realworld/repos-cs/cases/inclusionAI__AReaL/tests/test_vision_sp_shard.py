stub: upstream file of 13731 bytes
