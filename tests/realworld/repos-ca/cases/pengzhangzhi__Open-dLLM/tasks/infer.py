stub: upstream file of 2227 bytes
