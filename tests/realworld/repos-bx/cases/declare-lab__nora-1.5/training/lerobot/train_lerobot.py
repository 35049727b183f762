stub: upstream file of 17864 bytes
