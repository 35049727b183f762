stub: upstream file of 14479 bytes
