stub: upstream file of 4819 bytes
