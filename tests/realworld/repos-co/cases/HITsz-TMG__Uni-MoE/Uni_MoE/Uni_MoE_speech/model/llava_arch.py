stub: upstream file of 22027 bytes
