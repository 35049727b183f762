stub: upstream file of 20898 bytes
