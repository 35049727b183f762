stub: upstream file of 28330 bytes
