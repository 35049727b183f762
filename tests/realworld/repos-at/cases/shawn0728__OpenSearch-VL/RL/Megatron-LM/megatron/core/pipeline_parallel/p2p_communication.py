stub: upstream file of 25237 bytes
