stub: upstream file of 24657 bytes
