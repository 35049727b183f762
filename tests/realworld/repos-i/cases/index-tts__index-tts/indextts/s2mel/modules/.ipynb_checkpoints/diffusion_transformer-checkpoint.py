stub: upstream file of 11760 bytes
