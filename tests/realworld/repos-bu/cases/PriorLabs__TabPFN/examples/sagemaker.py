stub: upstream file of 15147 bytes
