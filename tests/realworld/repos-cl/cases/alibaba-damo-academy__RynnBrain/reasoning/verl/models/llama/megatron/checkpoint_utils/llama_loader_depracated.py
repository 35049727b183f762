stub: upstream file of 19445 bytes
