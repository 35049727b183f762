stub: upstream file of 14139 bytes
