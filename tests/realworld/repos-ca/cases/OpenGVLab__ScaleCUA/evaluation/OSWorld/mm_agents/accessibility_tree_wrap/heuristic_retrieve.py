stub: upstream file of 10253 bytes
