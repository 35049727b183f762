stub: upstream file of 25921 bytes
