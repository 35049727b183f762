stub: upstream file of 16843 bytes
