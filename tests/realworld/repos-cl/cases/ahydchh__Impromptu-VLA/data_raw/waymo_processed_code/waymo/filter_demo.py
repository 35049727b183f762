stub: upstream file of 4138 bytes
