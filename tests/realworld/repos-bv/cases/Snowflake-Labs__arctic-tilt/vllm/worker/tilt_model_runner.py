stub: upstream file of 34479 bytes
