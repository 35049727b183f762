stub: upstream file of 16886 bytes
