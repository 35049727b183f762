stub: upstream file of 49046 bytes
