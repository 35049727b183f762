stub: upstream file of 14240 bytes
