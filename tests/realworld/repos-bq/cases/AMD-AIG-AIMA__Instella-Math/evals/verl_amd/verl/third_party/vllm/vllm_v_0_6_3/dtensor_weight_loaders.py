stub: upstream file of 20956 bytes
