stub: upstream file of 17714 bytes
