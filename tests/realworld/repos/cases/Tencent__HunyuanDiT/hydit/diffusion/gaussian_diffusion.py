stub: upstream file of 50330 bytes
