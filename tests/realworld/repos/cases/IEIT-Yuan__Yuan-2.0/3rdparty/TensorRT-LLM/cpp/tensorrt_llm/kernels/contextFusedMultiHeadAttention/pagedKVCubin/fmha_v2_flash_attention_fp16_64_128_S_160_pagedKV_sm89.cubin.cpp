stub: upstream file of 972503 bytes
