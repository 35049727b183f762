stub: upstream file of 90284 bytes
