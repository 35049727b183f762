stub: upstream file of 25624 bytes
