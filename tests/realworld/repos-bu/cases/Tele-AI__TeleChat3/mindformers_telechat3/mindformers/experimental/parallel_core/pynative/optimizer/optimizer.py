stub: upstream file of 20288 bytes
