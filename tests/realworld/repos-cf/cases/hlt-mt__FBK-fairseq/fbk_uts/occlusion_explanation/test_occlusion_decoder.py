stub: upstream file of 10354 bytes
