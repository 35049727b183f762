stub: upstream file of 7655 bytes
