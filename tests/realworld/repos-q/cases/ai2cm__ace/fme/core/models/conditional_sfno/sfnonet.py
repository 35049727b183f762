stub: upstream file of 30210 bytes
