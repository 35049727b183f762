stub: upstream file of 21591 bytes
