stub: upstream file of 32880 bytes
