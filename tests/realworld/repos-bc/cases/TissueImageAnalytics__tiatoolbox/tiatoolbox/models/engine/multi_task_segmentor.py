stub: upstream file of 163107 bytes
