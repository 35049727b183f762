stub: upstream file of 15192 bytes
