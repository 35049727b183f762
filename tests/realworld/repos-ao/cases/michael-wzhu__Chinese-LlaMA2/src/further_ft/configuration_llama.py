stub: upstream file of 8497 bytes
