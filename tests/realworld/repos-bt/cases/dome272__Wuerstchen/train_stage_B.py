stub: upstream file of 14627 bytes
