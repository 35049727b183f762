stub: upstream file of 8806 bytes
