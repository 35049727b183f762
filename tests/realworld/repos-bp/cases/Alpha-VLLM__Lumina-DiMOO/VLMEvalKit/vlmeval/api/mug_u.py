stub: upstream file of 9271 bytes
