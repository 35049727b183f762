stub: upstream file of 736460 bytes
