stub: upstream file of 1251 bytes
