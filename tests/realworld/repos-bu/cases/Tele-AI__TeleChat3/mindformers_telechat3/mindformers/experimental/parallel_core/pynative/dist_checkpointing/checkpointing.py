stub: upstream file of 18762 bytes
