stub: upstream file of 23331 bytes
