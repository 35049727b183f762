stub: upstream file of 132929 bytes
