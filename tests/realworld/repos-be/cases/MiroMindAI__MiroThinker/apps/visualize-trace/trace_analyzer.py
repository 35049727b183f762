stub: upstream file of 18492 bytes
