stub: upstream file of 94148 bytes
