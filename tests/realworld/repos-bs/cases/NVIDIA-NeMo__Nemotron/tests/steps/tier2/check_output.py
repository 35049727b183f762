stub: upstream file of 11227 bytes
