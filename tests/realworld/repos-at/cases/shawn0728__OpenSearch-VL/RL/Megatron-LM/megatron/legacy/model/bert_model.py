stub: upstream file of 10143 bytes
