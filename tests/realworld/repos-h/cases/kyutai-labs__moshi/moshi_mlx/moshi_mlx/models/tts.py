stub: upstream file of 29241 bytes
