stub: upstream file of 23650 bytes
