stub: upstream file of 45716 bytes
