stub: upstream file of 57783 bytes
