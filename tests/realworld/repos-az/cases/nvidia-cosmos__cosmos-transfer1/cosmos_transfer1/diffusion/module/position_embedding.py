stub: upstream file of 36836 bytes
