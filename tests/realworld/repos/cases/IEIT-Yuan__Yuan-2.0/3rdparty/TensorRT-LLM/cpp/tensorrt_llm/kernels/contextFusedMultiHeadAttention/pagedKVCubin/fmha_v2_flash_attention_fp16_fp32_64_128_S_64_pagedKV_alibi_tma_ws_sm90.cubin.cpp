stub: upstream file of 1561710 bytes
