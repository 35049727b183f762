stub: upstream file of 14544 bytes
