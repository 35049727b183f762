stub: upstream file of 98761 bytes
