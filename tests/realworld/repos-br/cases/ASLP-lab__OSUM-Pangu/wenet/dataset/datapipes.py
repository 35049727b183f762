stub: upstream file of 16291 bytes
