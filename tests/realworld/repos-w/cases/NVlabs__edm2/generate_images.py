stub: upstream file of 20256 bytes
