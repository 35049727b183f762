stub: upstream file of 8176 bytes
