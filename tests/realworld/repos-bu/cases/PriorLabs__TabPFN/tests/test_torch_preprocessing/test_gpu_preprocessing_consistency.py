stub: upstream file of 25214 bytes
