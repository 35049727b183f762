stub: upstream file of 17759 bytes
