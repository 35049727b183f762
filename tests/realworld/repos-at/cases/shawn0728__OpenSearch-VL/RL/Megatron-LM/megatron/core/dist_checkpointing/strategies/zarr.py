stub: upstream file of 12072 bytes
