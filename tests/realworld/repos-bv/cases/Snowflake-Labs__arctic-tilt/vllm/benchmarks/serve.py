stub: upstream file of 36139 bytes
