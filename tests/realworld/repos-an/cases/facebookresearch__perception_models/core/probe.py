stub: upstream file of 23976 bytes
