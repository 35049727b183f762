stub: upstream file of 5867 bytes
