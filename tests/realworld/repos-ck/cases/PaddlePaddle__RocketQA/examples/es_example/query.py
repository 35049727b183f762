stub: upstream file of 2772 bytes
