stub: upstream file of 3579 bytes
