stub: upstream file of 26867 bytes
