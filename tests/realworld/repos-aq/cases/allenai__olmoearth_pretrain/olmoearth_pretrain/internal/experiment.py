stub: upstream file of 22227 bytes
