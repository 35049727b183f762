stub: upstream file of 34772 bytes
