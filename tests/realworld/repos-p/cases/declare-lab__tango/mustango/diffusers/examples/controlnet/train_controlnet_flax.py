stub: upstream file of 38816 bytes
