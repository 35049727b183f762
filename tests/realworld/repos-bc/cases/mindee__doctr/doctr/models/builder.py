stub: upstream file of 43512 bytes
