stub: upstream file of 2265 bytes
