stub: upstream file of 35305 bytes
