stub: upstream file of 35026 bytes
