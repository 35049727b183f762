stub: upstream file of 23479 bytes
