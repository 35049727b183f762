stub: upstream file of 24206 bytes
