stub: upstream file of 22151 bytes
