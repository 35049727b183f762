stub: upstream file of 14350 bytes
