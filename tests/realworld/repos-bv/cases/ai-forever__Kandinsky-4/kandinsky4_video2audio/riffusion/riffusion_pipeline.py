stub: upstream file of 17900 bytes
