stub: upstream file of 17787 bytes
