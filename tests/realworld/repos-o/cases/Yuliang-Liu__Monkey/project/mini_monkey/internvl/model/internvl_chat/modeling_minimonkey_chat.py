stub: upstream file of 20806 bytes
