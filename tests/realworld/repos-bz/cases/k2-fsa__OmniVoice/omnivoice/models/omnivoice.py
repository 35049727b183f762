stub: upstream file of 66510 bytes
