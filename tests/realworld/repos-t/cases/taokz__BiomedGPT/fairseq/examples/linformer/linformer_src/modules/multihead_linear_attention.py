stub: upstream file of 19151 bytes
