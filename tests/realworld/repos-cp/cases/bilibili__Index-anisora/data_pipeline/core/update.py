stub: upstream file of 5227 bytes
