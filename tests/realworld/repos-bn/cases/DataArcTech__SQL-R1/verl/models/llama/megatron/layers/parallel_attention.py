stub: upstream file of 20129 bytes
