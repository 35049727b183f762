stub: upstream file of 15330 bytes
