stub: upstream file of 8433 bytes
