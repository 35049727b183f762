stub: upstream file of 13847 bytes
