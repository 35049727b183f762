stub: upstream file of 21102 bytes
