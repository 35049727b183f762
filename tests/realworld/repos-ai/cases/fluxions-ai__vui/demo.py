stub: upstream file of 51635 bytes
