stub: upstream file of 31163 bytes
