stub: upstream file of 7842 bytes
