stub: upstream file of 14472 bytes
