stub: upstream file of 33839 bytes
