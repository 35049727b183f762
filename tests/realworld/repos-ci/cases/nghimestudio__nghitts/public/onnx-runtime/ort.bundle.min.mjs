stub: upstream file of 400877 bytes
