stub: upstream file of 31905 bytes
