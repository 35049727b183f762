stub: upstream file of 33720 bytes
