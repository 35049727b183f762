stub: upstream file of 21839 bytes
