stub: upstream file of 11330 bytes
