stub: upstream file of 7735 bytes
