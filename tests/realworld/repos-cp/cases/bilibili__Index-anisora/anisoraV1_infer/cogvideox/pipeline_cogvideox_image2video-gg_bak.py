stub: upstream file of 60606 bytes
