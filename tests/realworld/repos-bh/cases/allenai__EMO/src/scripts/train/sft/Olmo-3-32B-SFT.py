stub: upstream file of 19610 bytes
