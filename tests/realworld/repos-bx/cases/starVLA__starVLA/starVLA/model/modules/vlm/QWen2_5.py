stub: upstream file of 15110 bytes
