stub: upstream file of 11248 bytes
