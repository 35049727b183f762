stub: upstream file of 159806 bytes
