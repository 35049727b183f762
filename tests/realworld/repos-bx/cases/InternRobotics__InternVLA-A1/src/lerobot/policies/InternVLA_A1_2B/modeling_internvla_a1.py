stub: upstream file of 50769 bytes
