stub: upstream file of 25171 bytes
