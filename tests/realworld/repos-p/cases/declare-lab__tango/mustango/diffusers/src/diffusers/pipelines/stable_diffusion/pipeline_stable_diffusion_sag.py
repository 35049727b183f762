stub: upstream file of 39086 bytes
