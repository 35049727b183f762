stub: upstream file of 22579 bytes
