stub: upstream file of 39360 bytes
