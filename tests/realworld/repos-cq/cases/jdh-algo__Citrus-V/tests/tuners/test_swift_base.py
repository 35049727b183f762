stub: upstream file of 27841 bytes
