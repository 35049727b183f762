stub: upstream file of 28132 bytes
