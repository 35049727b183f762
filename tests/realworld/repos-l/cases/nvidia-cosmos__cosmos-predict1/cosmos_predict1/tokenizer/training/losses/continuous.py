stub: upstream file of 22906 bytes
