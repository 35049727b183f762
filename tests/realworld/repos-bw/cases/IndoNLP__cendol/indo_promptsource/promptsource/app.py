stub: upstream file of 29581 bytes
