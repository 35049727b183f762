stub: upstream file of 29085 bytes
