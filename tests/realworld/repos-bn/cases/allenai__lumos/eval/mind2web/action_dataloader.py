stub: upstream file of 7976 bytes
