stub: upstream file of 3452 bytes
