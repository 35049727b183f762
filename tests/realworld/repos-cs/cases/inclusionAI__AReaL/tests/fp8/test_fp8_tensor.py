stub: upstream file of 16841 bytes
