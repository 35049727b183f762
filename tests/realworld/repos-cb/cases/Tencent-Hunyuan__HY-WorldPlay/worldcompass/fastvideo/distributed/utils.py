stub: upstream file of 7215 bytes
