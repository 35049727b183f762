stub: upstream file of 24437 bytes
