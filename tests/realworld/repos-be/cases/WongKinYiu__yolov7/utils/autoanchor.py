stub: upstream file of 7147 bytes
