stub: upstream file of 82939 bytes
