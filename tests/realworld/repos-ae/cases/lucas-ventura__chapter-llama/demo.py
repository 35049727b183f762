stub: upstream file of 12541 bytes
