stub: upstream file of 23206 bytes
