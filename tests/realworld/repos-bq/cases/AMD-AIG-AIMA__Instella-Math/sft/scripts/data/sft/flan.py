stub: upstream file of 4447 bytes
