stub: upstream file of 10577 bytes
