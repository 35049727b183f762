stub: upstream file of 17605 bytes
