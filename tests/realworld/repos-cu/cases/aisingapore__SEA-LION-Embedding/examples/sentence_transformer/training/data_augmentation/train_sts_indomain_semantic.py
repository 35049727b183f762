stub: upstream file of 9478 bytes
