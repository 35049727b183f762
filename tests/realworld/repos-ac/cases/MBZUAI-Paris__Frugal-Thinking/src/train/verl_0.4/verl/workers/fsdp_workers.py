stub: upstream file of 80931 bytes
