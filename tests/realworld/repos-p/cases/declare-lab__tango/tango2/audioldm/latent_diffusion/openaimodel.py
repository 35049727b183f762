stub: upstream file of 39155 bytes
