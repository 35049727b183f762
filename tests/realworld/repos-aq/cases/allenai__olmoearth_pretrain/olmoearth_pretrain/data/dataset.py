stub: upstream file of 40577 bytes
