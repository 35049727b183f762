stub: upstream file of 29481 bytes
