stub: upstream file of 11707 bytes
