stub: upstream file of 3935 bytes
