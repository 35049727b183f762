stub: upstream file of 20860 bytes
