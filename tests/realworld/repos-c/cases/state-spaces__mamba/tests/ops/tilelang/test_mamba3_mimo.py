stub: upstream file of 82157 bytes
