stub: upstream file of 5976 bytes
