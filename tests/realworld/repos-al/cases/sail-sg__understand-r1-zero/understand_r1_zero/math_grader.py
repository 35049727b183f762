stub: upstream file of 29943 bytes
