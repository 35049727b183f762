stub: upstream file of 15227 bytes
