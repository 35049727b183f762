stub: upstream file of 4147 bytes
