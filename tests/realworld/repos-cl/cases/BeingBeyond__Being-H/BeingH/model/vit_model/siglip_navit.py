stub: upstream file of 14572 bytes
