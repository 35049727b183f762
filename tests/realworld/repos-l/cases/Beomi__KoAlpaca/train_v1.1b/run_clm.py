stub: upstream file of 27524 bytes
