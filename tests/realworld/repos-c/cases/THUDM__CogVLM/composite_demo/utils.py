stub: upstream file of 20828 bytes
