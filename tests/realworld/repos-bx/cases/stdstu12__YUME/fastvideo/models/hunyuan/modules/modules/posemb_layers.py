stub: upstream file of 13201 bytes
