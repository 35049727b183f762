stub: upstream file of 7584 bytes
