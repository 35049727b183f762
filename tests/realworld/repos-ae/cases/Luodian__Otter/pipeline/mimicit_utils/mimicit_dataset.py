stub: upstream file of 24007 bytes
