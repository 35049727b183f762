stub: upstream file of 21174 bytes
