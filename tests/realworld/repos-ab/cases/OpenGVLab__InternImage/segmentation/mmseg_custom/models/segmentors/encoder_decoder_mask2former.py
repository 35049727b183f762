stub: upstream file of 11104 bytes
