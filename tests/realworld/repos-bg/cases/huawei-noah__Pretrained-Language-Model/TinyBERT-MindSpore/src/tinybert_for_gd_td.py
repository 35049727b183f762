stub: upstream file of 26869 bytes
