stub: upstream file of 7969 bytes
