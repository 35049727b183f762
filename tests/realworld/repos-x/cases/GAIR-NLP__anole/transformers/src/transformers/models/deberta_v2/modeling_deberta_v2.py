stub: upstream file of 67513 bytes
