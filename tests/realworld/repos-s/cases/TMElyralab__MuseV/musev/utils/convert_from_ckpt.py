stub: upstream file of 40375 bytes
