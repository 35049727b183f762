stub: upstream file of 20159 bytes
