stub: upstream file of 20841 bytes
