stub: upstream file of 154 bytes
