stub: upstream file of 203 bytes
