stub: upstream file of 54518 bytes
