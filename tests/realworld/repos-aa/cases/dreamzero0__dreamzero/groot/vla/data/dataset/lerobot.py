stub: upstream file of 114070 bytes
