stub: upstream file of 3227 bytes
