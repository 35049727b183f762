stub: upstream file of 10315 bytes
