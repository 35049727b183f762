stub: upstream file of 8804 bytes
