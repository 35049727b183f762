stub: upstream file of 24839 bytes
