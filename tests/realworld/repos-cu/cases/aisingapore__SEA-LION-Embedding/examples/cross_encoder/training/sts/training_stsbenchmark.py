stub: upstream file of 4300 bytes
