stub: upstream file of 16104 bytes
