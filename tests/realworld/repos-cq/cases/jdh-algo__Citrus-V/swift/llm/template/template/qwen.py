stub: upstream file of 43898 bytes
