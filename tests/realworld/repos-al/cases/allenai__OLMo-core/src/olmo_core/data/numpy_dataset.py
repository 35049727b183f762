stub: upstream file of 111935 bytes
