stub: upstream file of 80227 bytes
