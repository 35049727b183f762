stub: upstream file of 227 bytes
