stub: upstream file of 50231 bytes
