stub: upstream file of 23173 bytes
