stub: upstream file of 41900 bytes
