stub: upstream file of 7177 bytes
