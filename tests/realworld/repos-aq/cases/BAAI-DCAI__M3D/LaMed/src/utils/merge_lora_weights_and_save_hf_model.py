stub: upstream file of 6737 bytes
