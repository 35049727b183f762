stub: upstream file of 9420 bytes
