stub: upstream file of 8479 bytes
