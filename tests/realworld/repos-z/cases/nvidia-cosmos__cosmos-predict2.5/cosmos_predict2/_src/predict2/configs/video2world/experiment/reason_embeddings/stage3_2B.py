stub: upstream file of 70410 bytes
