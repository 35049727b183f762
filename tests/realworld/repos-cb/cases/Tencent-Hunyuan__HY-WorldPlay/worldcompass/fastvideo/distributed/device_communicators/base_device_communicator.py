stub: upstream file of 11457 bytes
