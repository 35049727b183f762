stub: upstream file of 7761 bytes
