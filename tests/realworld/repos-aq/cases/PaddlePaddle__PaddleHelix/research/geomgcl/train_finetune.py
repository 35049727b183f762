stub: upstream file of 9289 bytes
