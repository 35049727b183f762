stub: upstream file of 56082 bytes
