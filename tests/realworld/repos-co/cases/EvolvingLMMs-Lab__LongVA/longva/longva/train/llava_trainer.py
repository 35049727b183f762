stub: upstream file of 26783 bytes
