stub: upstream file of 7227 bytes
