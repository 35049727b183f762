stub: upstream file of 71330 bytes
