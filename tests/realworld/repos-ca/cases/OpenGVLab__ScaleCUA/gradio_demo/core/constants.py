stub: upstream file of 12864 bytes
