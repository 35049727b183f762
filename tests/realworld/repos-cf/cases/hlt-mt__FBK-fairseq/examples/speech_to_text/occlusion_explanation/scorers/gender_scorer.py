stub: upstream file of 5415 bytes
