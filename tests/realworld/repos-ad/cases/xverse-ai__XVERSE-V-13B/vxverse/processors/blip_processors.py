stub: upstream file of 13191 bytes
