stub: upstream file of 45472 bytes
