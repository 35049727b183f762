stub: upstream file of 15724 bytes
