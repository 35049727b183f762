stub: upstream file of 31806 bytes
