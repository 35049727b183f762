stub: upstream file of 8596 bytes
