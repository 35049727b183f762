stub: upstream file of 36227 bytes
