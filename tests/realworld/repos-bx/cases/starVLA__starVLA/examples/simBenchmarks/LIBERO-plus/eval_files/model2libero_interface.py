stub: upstream file of 8174 bytes
