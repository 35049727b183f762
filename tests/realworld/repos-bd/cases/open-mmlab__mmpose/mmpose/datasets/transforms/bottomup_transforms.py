stub: upstream file of 38344 bytes
