stub: upstream file of 30221 bytes
