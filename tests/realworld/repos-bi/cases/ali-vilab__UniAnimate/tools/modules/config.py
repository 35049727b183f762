stub: upstream file of 5424 bytes
