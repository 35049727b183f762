stub: upstream file of 29886 bytes
