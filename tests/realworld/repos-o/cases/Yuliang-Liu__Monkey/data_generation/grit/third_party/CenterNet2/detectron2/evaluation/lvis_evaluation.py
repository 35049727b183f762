stub: upstream file of 15018 bytes
