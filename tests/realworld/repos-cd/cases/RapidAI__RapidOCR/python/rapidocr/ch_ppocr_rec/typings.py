stub: upstream file of 2099 bytes
