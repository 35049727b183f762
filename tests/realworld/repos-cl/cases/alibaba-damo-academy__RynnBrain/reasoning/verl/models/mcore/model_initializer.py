stub: upstream file of 11896 bytes
