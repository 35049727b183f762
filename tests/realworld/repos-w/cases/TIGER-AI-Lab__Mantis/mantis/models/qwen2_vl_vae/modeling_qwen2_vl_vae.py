stub: upstream file of 35479 bytes
