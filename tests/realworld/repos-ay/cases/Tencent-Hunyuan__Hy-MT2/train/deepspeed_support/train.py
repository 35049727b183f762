stub: upstream file of 25662 bytes
