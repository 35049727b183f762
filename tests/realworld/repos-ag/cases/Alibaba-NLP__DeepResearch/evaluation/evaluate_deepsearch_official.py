stub: upstream file of 23761 bytes
