stub: upstream file of 21121 bytes
