stub: upstream file of 21898 bytes
