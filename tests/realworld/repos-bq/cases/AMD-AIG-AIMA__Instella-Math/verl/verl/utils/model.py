stub: upstream file of 17223 bytes
