stub: upstream file of 17564 bytes
