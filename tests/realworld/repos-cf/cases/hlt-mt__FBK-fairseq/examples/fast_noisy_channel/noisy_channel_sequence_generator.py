stub: upstream file of 41200 bytes
