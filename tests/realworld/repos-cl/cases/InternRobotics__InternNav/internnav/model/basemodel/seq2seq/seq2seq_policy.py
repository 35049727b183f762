stub: upstream file of 9227 bytes
