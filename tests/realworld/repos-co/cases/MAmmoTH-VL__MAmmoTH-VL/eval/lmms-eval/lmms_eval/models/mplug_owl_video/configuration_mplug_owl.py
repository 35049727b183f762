stub: upstream file of 12956 bytes
