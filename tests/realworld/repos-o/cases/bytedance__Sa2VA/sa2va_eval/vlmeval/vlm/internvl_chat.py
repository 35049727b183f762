stub: upstream file of 23445 bytes
