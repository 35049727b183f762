stub: upstream file of 22886 bytes
