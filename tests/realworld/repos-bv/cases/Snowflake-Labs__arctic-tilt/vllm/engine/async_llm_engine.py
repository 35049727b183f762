stub: upstream file of 50386 bytes
