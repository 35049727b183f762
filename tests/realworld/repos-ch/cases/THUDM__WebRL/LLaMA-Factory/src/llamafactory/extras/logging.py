stub: upstream file of 2515 bytes
