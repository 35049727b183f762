stub: upstream file of 11913 bytes
