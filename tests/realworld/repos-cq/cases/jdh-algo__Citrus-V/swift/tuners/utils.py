stub: upstream file of 17163 bytes
