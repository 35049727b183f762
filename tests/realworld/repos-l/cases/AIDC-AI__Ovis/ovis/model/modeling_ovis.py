stub: upstream file of 29227 bytes
