stub: upstream file of 60639 bytes
