stub: upstream file of 5450 bytes
