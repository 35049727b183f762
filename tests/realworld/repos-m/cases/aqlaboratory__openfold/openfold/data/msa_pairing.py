stub: upstream file of 17482 bytes
