stub: upstream file of 32662 bytes
