stub: upstream file of 36043 bytes
