stub: upstream file of 15952 bytes
