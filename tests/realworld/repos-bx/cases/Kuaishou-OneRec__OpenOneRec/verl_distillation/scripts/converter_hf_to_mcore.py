stub: upstream file of 27581 bytes
