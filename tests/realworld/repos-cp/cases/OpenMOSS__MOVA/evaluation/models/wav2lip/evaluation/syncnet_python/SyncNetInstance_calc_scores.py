stub: upstream file of 6838 bytes
