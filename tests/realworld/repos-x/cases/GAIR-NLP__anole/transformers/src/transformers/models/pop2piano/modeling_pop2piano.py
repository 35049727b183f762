stub: upstream file of 65517 bytes
