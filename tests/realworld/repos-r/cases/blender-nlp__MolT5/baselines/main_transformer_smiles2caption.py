stub: upstream file of 13027 bytes
