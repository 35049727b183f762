stub: upstream file of 21191 bytes
