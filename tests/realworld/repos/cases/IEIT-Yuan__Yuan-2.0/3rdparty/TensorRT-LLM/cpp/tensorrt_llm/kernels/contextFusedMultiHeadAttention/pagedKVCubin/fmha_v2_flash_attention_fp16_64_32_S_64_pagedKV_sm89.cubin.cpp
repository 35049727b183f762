stub: upstream file of 318142 bytes
