stub: upstream file of 8142 bytes
