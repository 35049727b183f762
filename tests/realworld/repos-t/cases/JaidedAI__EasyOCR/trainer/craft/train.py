stub: upstream file of 17330 bytes
