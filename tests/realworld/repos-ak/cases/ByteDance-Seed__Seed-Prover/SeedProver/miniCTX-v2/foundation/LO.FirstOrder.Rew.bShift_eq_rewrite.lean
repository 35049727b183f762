stub: upstream file of 22738 bytes
