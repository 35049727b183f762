stub: upstream file of 6105 bytes
