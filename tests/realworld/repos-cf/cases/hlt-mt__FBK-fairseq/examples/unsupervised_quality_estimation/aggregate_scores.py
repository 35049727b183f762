stub: upstream file of 1136 bytes
