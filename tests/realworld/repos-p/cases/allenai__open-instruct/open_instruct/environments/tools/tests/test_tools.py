stub: upstream file of 72764 bytes
