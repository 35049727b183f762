stub: upstream file of 32227 bytes
