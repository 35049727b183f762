stub: upstream file of 10939 bytes
