stub: upstream file of 20998 bytes
