stub: upstream file of 78864 bytes
