stub: upstream file of 26034 bytes
