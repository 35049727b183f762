stub: upstream file of 21806 bytes
