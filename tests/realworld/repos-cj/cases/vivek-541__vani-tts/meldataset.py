stub: upstream file of 9040 bytes
