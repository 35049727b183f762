stub: upstream file of 15886 bytes
