stub: upstream file of 737 bytes
