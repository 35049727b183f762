stub: upstream file of 15181 bytes
