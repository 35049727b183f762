stub: upstream file of 41603 bytes
