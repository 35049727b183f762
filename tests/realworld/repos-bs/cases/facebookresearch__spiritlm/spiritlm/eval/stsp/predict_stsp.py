stub: upstream file of 10082 bytes
