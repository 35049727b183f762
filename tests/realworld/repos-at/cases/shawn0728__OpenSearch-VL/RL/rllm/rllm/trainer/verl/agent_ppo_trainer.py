stub: upstream file of 50508 bytes
