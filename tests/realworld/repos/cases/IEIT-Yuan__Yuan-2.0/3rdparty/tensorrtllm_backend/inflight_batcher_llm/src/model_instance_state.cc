stub: upstream file of 21243 bytes
