stub: upstream file of 12105 bytes
