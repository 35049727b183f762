stub: upstream file of 25873 bytes
