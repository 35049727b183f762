stub: upstream file of 5539 bytes
