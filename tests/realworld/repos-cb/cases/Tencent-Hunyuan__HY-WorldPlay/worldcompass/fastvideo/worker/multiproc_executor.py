stub: upstream file of 7786 bytes
