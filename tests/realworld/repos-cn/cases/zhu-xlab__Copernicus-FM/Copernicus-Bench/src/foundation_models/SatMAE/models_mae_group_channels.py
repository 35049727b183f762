stub: upstream file of 20305 bytes
