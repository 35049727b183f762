stub: upstream file of 5007 bytes
