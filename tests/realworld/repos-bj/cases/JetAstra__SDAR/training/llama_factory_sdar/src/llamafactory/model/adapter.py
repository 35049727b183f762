stub: upstream file of 14173 bytes
