stub: upstream file of 32921 bytes
