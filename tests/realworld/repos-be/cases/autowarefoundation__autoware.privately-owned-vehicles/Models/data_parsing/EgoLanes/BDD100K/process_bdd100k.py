stub: upstream file of 21961 bytes
