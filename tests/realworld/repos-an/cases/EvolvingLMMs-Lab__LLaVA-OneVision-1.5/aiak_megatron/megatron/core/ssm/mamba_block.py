stub: upstream file of 13886 bytes
