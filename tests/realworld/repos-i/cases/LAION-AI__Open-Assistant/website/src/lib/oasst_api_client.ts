stub: upstream file of 13944 bytes
