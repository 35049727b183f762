stub: upstream file of 5149 bytes
