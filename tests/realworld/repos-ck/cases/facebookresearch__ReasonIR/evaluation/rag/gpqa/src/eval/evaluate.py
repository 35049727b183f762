stub: upstream file of 26764 bytes
