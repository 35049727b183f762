stub: upstream file of 27737 bytes
