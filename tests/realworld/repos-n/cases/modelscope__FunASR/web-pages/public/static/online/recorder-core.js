stub: upstream file of 52227 bytes
