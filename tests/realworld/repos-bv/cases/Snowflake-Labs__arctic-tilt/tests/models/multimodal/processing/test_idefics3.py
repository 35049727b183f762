stub: upstream file of 2727 bytes
