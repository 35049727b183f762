stub: upstream file of 32079 bytes
