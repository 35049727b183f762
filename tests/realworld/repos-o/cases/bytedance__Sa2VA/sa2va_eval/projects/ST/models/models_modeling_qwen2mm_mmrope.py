stub: upstream file of 66119 bytes
