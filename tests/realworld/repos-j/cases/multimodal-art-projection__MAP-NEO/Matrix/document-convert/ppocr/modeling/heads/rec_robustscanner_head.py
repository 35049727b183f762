stub: upstream file of 25984 bytes
