stub: upstream file of 17227 bytes
