stub: upstream file of 17733 bytes
