stub: upstream file of 115917 bytes
