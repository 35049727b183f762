stub: upstream file of 7170 bytes
