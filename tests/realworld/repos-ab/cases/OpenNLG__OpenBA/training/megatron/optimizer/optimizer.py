stub: upstream file of 31213 bytes
