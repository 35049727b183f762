stub: upstream file of 17806 bytes
