stub: upstream file of 49194 bytes
