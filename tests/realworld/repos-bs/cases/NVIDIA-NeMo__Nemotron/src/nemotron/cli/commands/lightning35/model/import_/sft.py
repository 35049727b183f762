stub: upstream file of 2783 bytes
