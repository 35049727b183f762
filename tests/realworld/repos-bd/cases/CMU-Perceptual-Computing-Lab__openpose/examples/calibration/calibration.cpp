stub: upstream file of 7175 bytes
