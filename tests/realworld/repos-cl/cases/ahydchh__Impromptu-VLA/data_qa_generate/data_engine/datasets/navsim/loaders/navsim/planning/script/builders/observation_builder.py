stub: upstream file of 662 bytes
