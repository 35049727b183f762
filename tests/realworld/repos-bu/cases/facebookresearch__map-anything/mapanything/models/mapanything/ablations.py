stub: upstream file of 81925 bytes
