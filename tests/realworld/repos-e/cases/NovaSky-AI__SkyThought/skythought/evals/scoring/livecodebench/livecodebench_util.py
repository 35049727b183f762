stub: upstream file of 21033 bytes
