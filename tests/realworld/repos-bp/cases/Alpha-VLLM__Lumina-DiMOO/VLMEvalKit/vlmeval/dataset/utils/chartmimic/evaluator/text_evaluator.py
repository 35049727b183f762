stub: upstream file of 6528 bytes
