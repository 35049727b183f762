stub: upstream file of 24978 bytes
