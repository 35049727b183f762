stub: upstream file of 108647 bytes
