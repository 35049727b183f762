stub: upstream file of 4169 bytes
