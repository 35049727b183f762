stub: upstream file of 17768 bytes
