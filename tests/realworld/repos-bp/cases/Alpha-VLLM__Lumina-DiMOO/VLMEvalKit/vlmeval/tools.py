stub: upstream file of 25819 bytes
