stub: upstream file of 291227 bytes
