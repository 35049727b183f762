stub: upstream file of 17305 bytes
