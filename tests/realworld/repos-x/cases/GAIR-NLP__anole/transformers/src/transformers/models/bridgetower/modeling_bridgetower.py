stub: upstream file of 88480 bytes
