stub: upstream file of 22969 bytes
