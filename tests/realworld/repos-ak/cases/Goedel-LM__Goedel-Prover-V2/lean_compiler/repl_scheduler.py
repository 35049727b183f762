stub: upstream file of 15276 bytes
