stub: upstream file of 11905 bytes
