stub: upstream file of 43456 bytes
