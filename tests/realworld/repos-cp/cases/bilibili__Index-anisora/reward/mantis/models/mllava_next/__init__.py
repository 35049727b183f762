stub: upstream file of 121 bytes
