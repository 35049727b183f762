stub: upstream file of 26761 bytes
