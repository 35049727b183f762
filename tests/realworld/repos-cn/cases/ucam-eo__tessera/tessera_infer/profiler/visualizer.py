stub: upstream file of 22241 bytes
