stub: upstream file of 10117 bytes
