stub: upstream file of 18227 bytes
