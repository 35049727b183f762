stub: upstream file of 40523 bytes
