stub: upstream file of 68483 bytes
