stub: upstream file of 16679 bytes
