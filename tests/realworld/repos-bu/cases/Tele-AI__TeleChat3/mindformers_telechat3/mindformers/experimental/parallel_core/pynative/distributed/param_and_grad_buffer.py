stub: upstream file of 17939 bytes
