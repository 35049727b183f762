stub: upstream file of 15737 bytes
