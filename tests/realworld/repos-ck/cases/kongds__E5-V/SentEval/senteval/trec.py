stub: upstream file of 3565 bytes
