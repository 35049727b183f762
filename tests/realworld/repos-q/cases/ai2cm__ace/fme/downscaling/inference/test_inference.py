stub: upstream file of 12679 bytes
