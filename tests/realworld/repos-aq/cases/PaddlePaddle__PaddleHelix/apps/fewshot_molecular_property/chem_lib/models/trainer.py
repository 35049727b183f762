stub: upstream file of 17681 bytes
