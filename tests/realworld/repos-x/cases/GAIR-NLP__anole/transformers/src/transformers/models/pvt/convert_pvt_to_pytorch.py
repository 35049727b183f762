stub: upstream file of 9737 bytes
