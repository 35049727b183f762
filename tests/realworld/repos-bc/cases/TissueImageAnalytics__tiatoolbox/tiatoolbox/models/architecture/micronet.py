stub: upstream file of 20485 bytes
