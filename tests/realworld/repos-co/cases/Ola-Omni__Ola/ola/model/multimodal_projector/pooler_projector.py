stub: upstream file of 2230 bytes
