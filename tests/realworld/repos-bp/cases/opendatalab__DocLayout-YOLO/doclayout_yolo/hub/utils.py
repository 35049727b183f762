stub: upstream file of 9755 bytes
