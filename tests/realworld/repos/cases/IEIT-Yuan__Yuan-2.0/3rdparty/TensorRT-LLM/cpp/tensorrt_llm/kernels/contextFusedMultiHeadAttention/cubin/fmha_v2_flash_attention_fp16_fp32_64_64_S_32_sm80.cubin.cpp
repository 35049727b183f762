stub: upstream file of 387581 bytes
