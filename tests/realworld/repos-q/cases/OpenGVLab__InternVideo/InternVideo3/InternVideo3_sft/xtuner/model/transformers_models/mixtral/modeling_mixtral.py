stub: upstream file of 77806 bytes
