stub: upstream file of 4227 bytes
