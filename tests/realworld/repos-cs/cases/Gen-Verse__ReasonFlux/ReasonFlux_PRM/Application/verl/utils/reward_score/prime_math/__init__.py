stub: upstream file of 12427 bytes
