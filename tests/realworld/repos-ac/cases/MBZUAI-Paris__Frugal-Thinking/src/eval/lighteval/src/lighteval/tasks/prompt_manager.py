stub: upstream file of 14227 bytes
