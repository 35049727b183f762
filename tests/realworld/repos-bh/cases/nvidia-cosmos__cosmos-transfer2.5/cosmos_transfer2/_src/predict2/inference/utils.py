stub: upstream file of 16680 bytes
