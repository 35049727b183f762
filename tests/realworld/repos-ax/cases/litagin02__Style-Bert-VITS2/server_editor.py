stub: upstream file of 14944 bytes
