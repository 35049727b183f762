stub: upstream file of 25120 bytes
