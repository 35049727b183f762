stub: upstream file of 5533 bytes
