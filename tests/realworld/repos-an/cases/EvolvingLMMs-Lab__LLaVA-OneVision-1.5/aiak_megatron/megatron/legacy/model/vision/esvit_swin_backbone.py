stub: upstream file of 33227 bytes
