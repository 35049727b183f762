stub: upstream file of 45120 bytes
