stub: upstream file of 13227 bytes
