stub: upstream file of 38448 bytes
