stub: upstream file of 12227 bytes
