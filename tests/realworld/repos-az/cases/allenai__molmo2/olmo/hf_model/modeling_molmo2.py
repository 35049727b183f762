stub: upstream file of 71559 bytes
