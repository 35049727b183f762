stub: upstream file of 42817 bytes
