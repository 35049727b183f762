stub: upstream file of 12702 bytes
