stub: upstream file of 142 bytes
