stub: upstream file of 4229 bytes
