stub: upstream file of 18016 bytes
