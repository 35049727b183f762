stub: upstream file of 21259 bytes
