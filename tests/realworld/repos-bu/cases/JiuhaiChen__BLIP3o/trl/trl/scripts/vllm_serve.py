stub: upstream file of 28291 bytes
