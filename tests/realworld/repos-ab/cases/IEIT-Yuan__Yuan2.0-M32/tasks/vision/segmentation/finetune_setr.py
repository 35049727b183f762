stub: upstream file of 8132 bytes
