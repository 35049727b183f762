stub: upstream file of 8227 bytes
