stub: upstream file of 18806 bytes
