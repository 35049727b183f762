stub: upstream file of 546 bytes
