stub: upstream file of 14130 bytes
