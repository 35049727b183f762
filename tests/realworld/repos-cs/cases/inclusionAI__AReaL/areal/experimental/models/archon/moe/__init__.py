stub: upstream file of 867 bytes
