stub: upstream file of 4016 bytes
