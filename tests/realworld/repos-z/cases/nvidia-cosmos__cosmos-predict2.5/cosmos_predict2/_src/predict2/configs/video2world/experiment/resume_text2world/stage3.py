stub: upstream file of 19443 bytes
