stub: upstream file of 1681130 bytes
