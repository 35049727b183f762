stub: upstream file of 20267 bytes
