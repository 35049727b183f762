stub: upstream file of 19652 bytes
