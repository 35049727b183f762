stub: upstream file of 9974 bytes
