stub: upstream file of 2098 bytes
