stub: upstream file of 27652 bytes
