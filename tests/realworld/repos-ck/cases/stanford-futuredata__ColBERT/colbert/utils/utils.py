stub: upstream file of 7615 bytes
