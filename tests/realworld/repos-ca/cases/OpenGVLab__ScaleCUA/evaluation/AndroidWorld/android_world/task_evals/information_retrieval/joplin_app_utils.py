stub: upstream file of 67271 bytes
