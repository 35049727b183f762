stub: upstream file of 30110 bytes
