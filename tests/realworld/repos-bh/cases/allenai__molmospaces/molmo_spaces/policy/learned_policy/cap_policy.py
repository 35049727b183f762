stub: upstream file of 9119 bytes
