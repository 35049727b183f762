stub: upstream file of 18896 bytes
