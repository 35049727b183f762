stub: upstream file of 15546 bytes
