stub: upstream file of 68259 bytes
