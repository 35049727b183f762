stub: upstream file of 5479 bytes
