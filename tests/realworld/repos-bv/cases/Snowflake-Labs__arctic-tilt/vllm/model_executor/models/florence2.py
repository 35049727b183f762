stub: upstream file of 39531 bytes
