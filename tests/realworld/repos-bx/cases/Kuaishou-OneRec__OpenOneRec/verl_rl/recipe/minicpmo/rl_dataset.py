stub: upstream file of 21515 bytes
