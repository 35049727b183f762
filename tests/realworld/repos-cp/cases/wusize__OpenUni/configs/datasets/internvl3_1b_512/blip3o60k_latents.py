stub: upstream file of 1109 bytes
