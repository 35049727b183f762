stub: upstream file of 27496 bytes
