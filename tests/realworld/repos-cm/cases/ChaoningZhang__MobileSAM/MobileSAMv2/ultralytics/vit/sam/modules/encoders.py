stub: upstream file of 22545 bytes
