stub: upstream file of 37330 bytes
