stub: upstream file of 25142 bytes
