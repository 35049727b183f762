stub: upstream file of 19905 bytes
