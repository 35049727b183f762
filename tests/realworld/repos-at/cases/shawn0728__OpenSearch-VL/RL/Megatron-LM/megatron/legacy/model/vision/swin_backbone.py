stub: upstream file of 25098 bytes
