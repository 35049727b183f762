stub: upstream file of 5638 bytes
