stub: upstream file of 40914 bytes
