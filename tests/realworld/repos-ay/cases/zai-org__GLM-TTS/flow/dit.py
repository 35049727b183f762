stub: upstream file of 9905 bytes
