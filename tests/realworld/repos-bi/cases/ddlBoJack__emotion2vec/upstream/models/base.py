stub: upstream file of 22210 bytes
