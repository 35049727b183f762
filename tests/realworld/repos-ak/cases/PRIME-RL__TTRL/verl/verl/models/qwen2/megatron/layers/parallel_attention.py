stub: upstream file of 18070 bytes
