stub: upstream file of 70560 bytes
