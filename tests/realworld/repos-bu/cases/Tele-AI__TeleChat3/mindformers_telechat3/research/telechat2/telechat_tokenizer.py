stub: upstream file of 11886 bytes
