stub: upstream file of 44579 bytes
