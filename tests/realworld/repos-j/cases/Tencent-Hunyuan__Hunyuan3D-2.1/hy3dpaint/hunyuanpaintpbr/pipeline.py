stub: upstream file of 33717 bytes
