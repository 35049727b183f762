stub: upstream file of 6180 bytes
