stub: upstream file of 18581 bytes
